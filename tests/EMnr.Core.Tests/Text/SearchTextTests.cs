using EMnr.Core.Text;

namespace EMnr.Core.Tests.Text;

public sealed class SearchTextTests
{
    [Theory]
    [InlineData("Élève emmené", "eleve emmene")]
    [InlineData("CŒUR", "coeur")]
    [InlineData("أَحْمَد", "احمد")]
    [InlineData("إيمان", "ايمان")]
    [InlineData("آمنة", "امنه")]
    [InlineData("مصطفى", "مصطفي")]
    [InlineData("مــدرسة", "مدرسه")]
    [InlineData("رقم ١٢٣", "رقم 123")]
    [InlineData(null, "")]
    public void Fold_Variants_GiveSameText(string? input, string expected)
    {
        Assert.Equal(expected, SearchText.Fold(input));
    }

    [Fact]
    public void Fold_TermAndText_MatchAcrossVariants()
    {
        var stored = SearchText.Fold("Une fille de Chichaoua a été emmenée à l'hôpital");
        var term = SearchText.Fold("HOPITAL");

        Assert.Contains(term, stored, StringComparison.Ordinal);
    }
}
