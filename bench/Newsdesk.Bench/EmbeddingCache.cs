using System.Security.Cryptography;
using System.Text;
using Newsdesk.Articles;
using Newsdesk.Stories;

namespace Newsdesk.Bench;

/// <summary>
/// Each article's embedding, computed once (<see cref="SemanticText.Of"/> through <see cref="MiniLmEncoder"/>)
/// and kept in a file under artifacts/ (never in git) keyed by the SHA-256 of the embedded text, so the
/// bench's runs and sweeps read the vectors instead of recomputing them, as the pipeline would store
/// them at ingest. Records: 16 bytes of key, then 384 little-endian floats.
/// </summary>
internal sealed class EmbeddingCache : IDisposable
{
    private const int KeyBytes = 16;
    private const int Batch = 16;
    private const int Record = KeyBytes + (4 * MiniLmEncoder.Dimensions);

    private readonly Dictionary<string, float[]> _vectors = new(StringComparer.Ordinal);
    private readonly string _file;
    private MiniLmEncoder? _encoder;

    public EmbeddingCache(string file)
    {
        _file = file;
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        if (!File.Exists(file))
        {
            return;
        }

        using var reader = new BinaryReader(File.OpenRead(file));
        while (reader.BaseStream.Length - reader.BaseStream.Position >= Record)
        {
            var key = Convert.ToHexString(reader.ReadBytes(KeyBytes));
            var vector = new float[MiniLmEncoder.Dimensions];
            for (var i = 0; i < vector.Length; i++)
            {
                vector[i] = reader.ReadSingle();
            }

            _vectors[key] = vector;
        }
    }

    /// <summary>The default cache of a repository root.</summary>
    public static EmbeddingCache ForRepository() =>
        new(Path.Combine(RepositoryRoot(), "artifacts", "embeddings", "minilm-l6-v2.bin"));

    /// <summary>Texts embedded by this run (not found in the file), and the CPU time they took.</summary>
    public int Computed { get; private set; }

    public TimeSpan ComputeCpu { get; private set; }

    /// <summary>The model's load time, when this run had to load it.</summary>
    public TimeSpan? LoadTime => _encoder?.LoadTime;

    /// <summary>The embeddings of the articles, in order; the missing ones are computed (in batches) and appended to the file.</summary>
    public float[][] For(IReadOnlyList<Article> articles, Action<string>? progress = null)
    {
        var texts = articles.Select(SemanticText.Of).ToArray();
        var keys = texts.Select(Key).ToArray();
        var missing = Enumerable.Range(0, texts.Length).Where(i => !_vectors.ContainsKey(keys[i])).GroupBy(i => keys[i], StringComparer.Ordinal).Select(g => g.First()).ToList();
        if (missing.Count > 0)
        {
            // Two encoders, one thread each, take alternate batches (each text is encoded alone of
            // the others' results, so the vectors do not depend on which encoder made them).
            _encoder ??= new MiniLmEncoder();
            using var second = new MiniLmEncoder();
            var stream = new FileStream(_file, FileMode.Append, FileAccess.Write);

            // A run stopped while writing leaves part of a record: drop it, so the next records line up.
            stream.SetLength(stream.Length - (stream.Length % Record));
            stream.Seek(0, SeekOrigin.End);
            using var writer = new BinaryWriter(stream);
            var gate = new object();
            var cpuStart = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
            void Work(MiniLmEncoder encoder, int first)
            {
                for (var start = first * Batch; start < missing.Count; start += 2 * Batch)
                {
                    var batch = missing.Skip(start).Take(Batch).ToArray();
                    var vectors = encoder.Encode(batch.Select(i => texts[i]).ToArray());
                    lock (gate)
                    {
                        for (var j = 0; j < batch.Length; j++)
                        {
                            _vectors[keys[batch[j]]] = vectors[j];
                            writer.Write(Convert.FromHexString(keys[batch[j]]));
                            foreach (var x in vectors[j])
                            {
                                writer.Write(x);
                            }
                        }

                        writer.Flush();
                        Computed += batch.Length;
                        if ((start / Batch) % 50 == 0)
                        {
                            progress?.Invoke($"embedded {Computed} / {missing.Count}");
                        }
                    }
                }
            }

            Task.WaitAll(Task.Run(() => Work(_encoder, 0)), Task.Run(() => Work(second, 1)));
            ComputeCpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpuStart;
        }

        return keys.Select(k => _vectors[k]).ToArray();
    }

    public void Dispose() => _encoder?.Dispose();

    private static string Key(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, KeyBytes));

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Newsdesk.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? Directory.GetCurrentDirectory();
    }
}
