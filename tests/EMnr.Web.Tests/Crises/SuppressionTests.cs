using EMnr.Web.Features.Crises;

namespace EMnr.Web.Tests.Crises;

public sealed class SuppressionTests
{
    [Fact]
    public void WithheldTogether_SingleSmallCell_WithholdsSmallestOther()
    {
        List<FigureBucket> buckets = [new("GreenLine", 1761, false), new("WebForm", 7, false), new("WalkIn", null, true)];

        var result = CrisisFigureQueries.WithheldTogether(buckets);

        Assert.True(result.Single(b => b.Key == "WebForm").Suppressed);
        Assert.Null(result.Single(b => b.Key == "WebForm").Count);
        Assert.Equal(1761, result.Single(b => b.Key == "GreenLine").Count);
    }

    [Fact]
    public void WithheldTogether_TwoSmallCells_ChangesNothing()
    {
        List<FigureBucket> buckets = [new("A", 100, false), new("B", null, true), new("C", null, true)];

        Assert.Equal(buckets, CrisisFigureQueries.WithheldTogether(buckets));
    }

    [Fact]
    public void WithheldTogether_NoSmallCell_ChangesNothing()
    {
        List<FigureBucket> buckets = [new("A", 100, false), new("B", 0, false)];

        Assert.Equal(buckets, CrisisFigureQueries.WithheldTogether(buckets));
    }
}
