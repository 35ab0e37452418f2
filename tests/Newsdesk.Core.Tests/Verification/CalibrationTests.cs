using Newsdesk.Verification;

namespace Newsdesk.Core.Tests.Verification;

/// <summary>
/// The score's few weights keep the signs their reasons give (docs/verification.md, Calibration):
/// a refit that turned a novel word into a reward, as the old 12-weight score did, fails here.
/// </summary>
public sealed class CalibrationTests
{
    [Fact]
    public void Each_weight_has_the_sign_of_its_reason()
    {
        Assert.Equal(Calibration.FeatureNames.Length, Calibration.Weights.Length);
        Assert.Equal(Calibration.FeatureNames.Length, Calibration.Signs.Length);
        for (var i = 0; i < Calibration.Weights.Length; i++)
        {
            Assert.True(Calibration.Weights[i] * Calibration.Signs[i] >= 0, $"{Calibration.FeatureNames[i]}: {Calibration.Weights[i]}");
        }
    }
}
