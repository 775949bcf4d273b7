using Ruta.Web.Kernel.Calendar;

namespace Ruta.UnitTests.Kernel.Calendar;

/// <summary>Input rules of the calculator, the closures form and "Mis plazos": every malformed value is a field error.</summary>
public sealed class DeadlineInputValidationTests
{
    private static readonly CalculateDeadline.Validator Calculator = new();
    private static readonly ManageClosures.Validator Closures = new();

    [Theory]
    [InlineData("2025-06-06", "1", "business", "INM")]
    [InlineData(" 2025-06-06 ", "365", "NATURAL", "comar")]
    [InlineData("2006-01-01", "10", "natural", "ADMIN")]
    [InlineData("2098-12-31", "1", "business", "CNDH")]
    public void Valid_calculator_queries_pass(string from, string days, string unit, string authority) =>
        Assert.True(Calculator.Validate(new CalculateDeadline.Query(from, days, unit, authority)).IsValid);

    [Theory]
    [InlineData(null, "1", "business", "INM", "From")]
    [InlineData("2025-6-6", "1", "business", "INM", "From")]
    [InlineData("2025-02-29", "1", "business", "INM", "From")]
    [InlineData("2005-12-31", "1", "business", "INM", "From")]
    [InlineData("2099-01-01", "1", "business", "INM", "From")]
    [InlineData("2025-06-06", "1.5", "business", "INM", "Days")]
    [InlineData("2025-06-06", "+1", "business", "INM", "Days")]
    [InlineData("2025-06-06", "0", "business", "INM", "Days")]
    [InlineData("2025-06-06", "366", "business", "INM", "Days")]
    [InlineData("2025-06-06", "1", "hours", "INM", "Unit")]
    [InlineData("2025-06-06", "1", "", "INM", "Unit")]
    [InlineData("2025-06-06", "1", "business", "TFJA", "Authority")]
    public void Each_bad_calculator_value_is_reported_on_its_field(string? from, string days, string unit, string authority, string field)
    {
        var result = Calculator.Validate(new CalculateDeadline.Query(from, days, unit, authority));

        var error = Assert.Single(result.Errors);
        Assert.Equal(field, error.PropertyName);
    }

    [Fact]
    public void A_valid_closure_passes_and_one_ending_before_it_starts_does_not()
    {
        Assert.True(Closures.Validate(new ManageClosures.RecordClosure("INM", "2027-03-08", "2027-03-09", "DOF", "d")).IsValid);
        Assert.True(Closures.Validate(new ManageClosures.RecordClosure("INM", "2027-03-08", "2027-03-08", "DOF", "d")).IsValid);

        var result = Closures.Validate(new ManageClosures.RecordClosure("INM", "2027-03-09", "2027-03-08", "DOF", "d"));
        Assert.Equal("LastDay", Assert.Single(result.Errors).PropertyName);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("", "")]
    [InlineData("MISSED", "2")]
    [InlineData("all", " 3 ")]
    public void My_deadlines_accepts_missing_or_known_filters(string? status, string? page) =>
        Assert.Null(MyDeadlines.Validate(new MyDeadlines.Query(status, page)));

    [Theory]
    [InlineData("overdue", "1", "status")]
    [InlineData("open", "-1", "page")]
    [InlineData("open", "100001", "page")]
    public void My_deadlines_rejects_unknown_filters(string status, string page, string field) =>
        Assert.True(MyDeadlines.Validate(new MyDeadlines.Query(status, page))!.ContainsKey(field));
}
