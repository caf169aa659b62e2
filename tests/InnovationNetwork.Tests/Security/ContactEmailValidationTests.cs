using System.Text.Json;
using InnovationNetwork.Graph.Schema;
using InnovationNetwork.Graph.Validation;

namespace InnovationNetwork.Tests.Security;

/// <summary>The schema's contactEmail: restricted to readers, and checked as an email address on import.</summary>
public sealed class ContactEmailValidationTests
{
    private static readonly PropertyDefinition ContactEmail = GraphSchema.Default.GetLabel("Firm").FindProperty("contactEmail")!;

    [Theory]
    [InlineData("Lab")]
    [InlineData("Firm")]
    [InlineData("Funder")]
    public void Schema_Organisations_ShouldHaveAReaderOnlyContactEmail(string label)
    {
        var property = GraphSchema.Default.GetLabel(label).FindProperty("contactEmail");

        Assert.NotNull(property);
        Assert.Equal("reader", property.Visibility);
        Assert.Equal("email", property.Format);
        Assert.Equal(254, property.MaxLength);
        Assert.False(property.Required);
    }

    [Fact]
    public void Schema_OtherProperties_ShouldBePublic()
    {
        var restricted = GraphSchema.Default.Labels.SelectMany(l => l.Properties.Where(p => p.IsRestricted).Select(p => $"{l.Name}.{p.Name}"));

        Assert.Equal(["Lab.contactEmail", "Firm.contactEmail", "Funder.contactEmail"], restricted);
    }

    [Theory]
    [InlineData("enquiries@amrc.co.uk")]
    [InlineData("first.last+tag@sub.example.org")]
    [InlineData("o'brien@example.ie")]
    public void Validate_AnEmailAddress_ShouldAccept(string email)
    {
        Assert.Null(PropertyValidator.CheckValue(ContactEmail, JsonSerializer.SerializeToElement(email)));
    }

    [Theory]
    [InlineData("not-an-email")]
    [InlineData("@example.org")]
    [InlineData("someone@")]
    [InlineData("someone@localhost")]
    [InlineData("a@b@example.org")]
    [InlineData("some one@example.org")]
    [InlineData("someone@exa mple.org")]
    [InlineData(".someone@example.org")]
    [InlineData("some..one@example.org")]
    [InlineData("someone@-example.org")]
    [InlineData("someone@example..org")]
    [InlineData("Someone <someone@example.org>")]
    [InlineData("mailto:someone@example.org")]
    public void Validate_NotAnEmailAddress_ShouldRefuseWithAReason(string text)
    {
        var problem = PropertyValidator.CheckValue(ContactEmail, JsonSerializer.SerializeToElement(text));

        Assert.NotNull(problem);
        Assert.Contains("not an email address", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_AnEmailOverTheMaximumLength_ShouldRefuse()
    {
        var text = new string('a', 60) + "@" + string.Join('.', Enumerable.Repeat(new string('b', 60), 4)) + ".org";

        Assert.NotNull(PropertyValidator.CheckValue(ContactEmail, JsonSerializer.SerializeToElement(text)));
    }
}
