using Plaza.Web.Platform.Errors;

namespace Plaza.UnitTests.Platform;

public sealed class ProblemExceptionHandlerTests
{
    [Theory]
    [InlineData("$.delta", "delta")]
    [InlineData("$.lines[0].quantity", "lines[0].quantity")]
    [InlineData("$.skus[2].priceMinor", "skus[2].priceMinor")]
    [InlineData("$.address.postcode", "address.postcode")]
    [InlineData("$['odd key']", "['odd key']")]
    public void A_JSON_path_becomes_the_field_name(string path, string field)
    {
        ProblemExceptionHandler.JsonPathToField(path).ShouldBe(field);
    }

    [Fact]
    public void The_root_of_the_body_is_named_body()
    {
        ProblemExceptionHandler.JsonPathToField("$").ShouldBe("body");
    }

    [Theory]
    [InlineData("Failed to bind parameter \"Nullable<double> lat\" from \"north\".", "lat")]
    [InlineData("Failed to bind parameter \"Guid storeId\" from \"abc\".", "storeId")]
    [InlineData("Failed to bind parameter \"Dictionary<string, int> map\" from \"x\".", "map")]
    [InlineData("Required parameter \"Guid storeId\" was not provided from query string.", "storeId")]
    [InlineData("Required parameter \"RegisterRequest request\" was not provided from body.", null)]
    [InlineData("Implicit body inferred for parameter \"request\" but no body was provided.", null)]
    [InlineData("Reading the request body timed out due to data arriving too slowly.", null)]
    public void A_binding_failure_names_its_parameter_unless_it_is_the_body(string message, string? field)
    {
        ProblemExceptionHandler.BoundParameterName(message).ShouldBe(field);
    }
}
