using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;

namespace Rememberizer.Contract.Spec;

/// <summary>Turns NJsonSchema validation errors into violations phrased the way DRF phrases them.</summary>
internal static class SchemaErrors
{
    // NJsonSchema builds its format-validator table for each validator it makes (JsonSchema.Validate makes one per
    // call); one shared validator, which keeps no state between calls, spares every request that work.
    private static readonly JsonSchemaValidator Validator = new(new JsonSchemaValidatorSettings());

    public static IEnumerable<Violation> Validate(JsonSchema schema, JToken token, ViolationLocation location, string? fieldOverride = null)
    {
        foreach (var error in Validator.Validate(token, schema.ActualSchema))
        {
            foreach (var violation in Flatten(error, token, location, fieldOverride))
            {
                yield return violation;
            }
        }
    }

    private static IEnumerable<Violation> Flatten(ValidationError error, JToken root, ViolationLocation location, string? fieldOverride)
    {
        if (error is ChildSchemaValidationError child && child.Errors.Count > 0)
        {
            foreach (var nested in child.Errors.Values.SelectMany(e => e))
            {
                foreach (var violation in Flatten(nested, root, location, fieldOverride))
                {
                    yield return violation;
                }
            }

            yield break;
        }

        var field = fieldOverride ?? FieldOf(error.Path);
        var value = error.Token ?? SelectOrNull(root, field);
        var (kind, message) = Describe(error, value);
        yield return new Violation(location, field, kind, message);
    }

    private static string FieldOf(string? path)
    {
        var field = (path ?? "").TrimStart('#').TrimStart('/').Replace('/', '.');
        return field.Length == 0 ? Violation.NonFieldErrors : field;
    }

    private static JToken? SelectOrNull(JToken root, string field)
    {
        try
        {
            return field == Violation.NonFieldErrors ? root : root.SelectToken(field);
        }
        catch (Newtonsoft.Json.JsonException)
        {
            return null;
        }
    }

    private static (ViolationKind Kind, string Message) Describe(ValidationError error, JToken? value)
    {
        var schema = error.Schema;
        if (value is { Type: JTokenType.Null } && error.Kind is not ValidationErrorKind.PropertyRequired)
        {
            return (ViolationKind.NotNullable, "This field may not be null.");
        }

        return error.Kind switch
        {
            ValidationErrorKind.PropertyRequired => (ViolationKind.Required, "This field is required."),
            ValidationErrorKind.StringExpected => (ViolationKind.WrongType, "Not a valid string."),
            ValidationErrorKind.IntegerExpected => (ViolationKind.WrongType, "A valid integer is required."),
            ValidationErrorKind.NumberExpected => (ViolationKind.WrongType, "A valid number is required."),
            ValidationErrorKind.BooleanExpected => (ViolationKind.WrongType, "Must be a valid boolean."),
            ValidationErrorKind.ArrayExpected => (ViolationKind.WrongType, $"Expected a list of items but got type \"{TypeName(value)}\"."),
            ValidationErrorKind.ObjectExpected => (ViolationKind.WrongType, $"Invalid data. Expected a dictionary, but got {TypeName(value)}."),
            ValidationErrorKind.StringTooLong => (ViolationKind.OutOfBounds, $"Ensure this field has no more than {schema?.MaxLength} characters."),
            ValidationErrorKind.StringTooShort when schema?.MinLength <= 1 => (ViolationKind.OutOfBounds, "This field may not be blank."),
            ValidationErrorKind.StringTooShort => (ViolationKind.OutOfBounds, $"Ensure this field has at least {schema?.MinLength} characters."),
            ValidationErrorKind.NumberTooBig => (ViolationKind.OutOfBounds, $"Ensure this value is less than or equal to {schema?.Maximum}."),
            ValidationErrorKind.NumberTooSmall => (ViolationKind.OutOfBounds, $"Ensure this value is greater than or equal to {schema?.Minimum}."),
            ValidationErrorKind.TooManyItems => (ViolationKind.OutOfBounds, $"Ensure this field has no more than {schema?.MaxItems} elements."),
            ValidationErrorKind.TooFewItems => (ViolationKind.OutOfBounds, $"Ensure this field has at least {schema?.MinItems} elements."),
            ValidationErrorKind.NotInEnumeration => (ViolationKind.BadFormat, $"\"{Plain(value)}\" is not a valid choice."),
            ValidationErrorKind.EmailExpected => (ViolationKind.BadFormat, "Enter a valid email address."),
            ValidationErrorKind.DateTimeExpected => (ViolationKind.BadFormat, "Datetime has wrong format. Use one of these formats instead: YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z]."),
            ValidationErrorKind.UriExpected => (ViolationKind.BadFormat, "Enter a valid URL."),
            ValidationErrorKind.PatternMismatch => (ViolationKind.BadFormat, "This value does not match the required pattern."),
            ValidationErrorKind.NoAdditionalPropertiesAllowed => (ViolationKind.NotAllowed, "This field is not allowed."),
            _ => (ViolationKind.BadFormat, $"Invalid value ({error.Kind})."),
        };
    }

    private static string TypeName(JToken? value) => value?.Type switch
    {
        JTokenType.Object => "dict",
        JTokenType.Array => "list",
        JTokenType.String => "str",
        JTokenType.Integer => "int",
        JTokenType.Float => "float",
        JTokenType.Boolean => "bool",
        _ => "NoneType",
    };

    private static string Plain(JToken? value) => value is JValue { Value: not null } v ? v.Value.ToString()! : value?.ToString() ?? "";
}
