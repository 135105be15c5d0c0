using System.Text;
using System.Text.RegularExpressions;

namespace Rememberizer.Contract.MockServer.Proxy.Drift;

/// <summary>
/// A validator's field path (<c>results[0].size</c>) as the drift report writes it: a JSON Pointer (RFC 6901) with
/// every array index written <c>*</c> (<c>/results/*/size</c>), so the same field of every item is one drift. The
/// body as a whole is the empty pointer.
/// </summary>
public static partial class DriftPointer
{
    public static string FromField(string field)
    {
        if (field.Length == 0 || field == Spec.Violation.NonFieldErrors)
        {
            return "";
        }

        var pointer = new StringBuilder();
        foreach (var segment in field.Split('.'))
        {
            var name = Index().Replace(segment, "");
            if (name.Length > 0)
            {
                pointer.Append('/').Append(name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal));
            }

            foreach (Match _ in Index().Matches(segment))
            {
                pointer.Append("/*");
            }
        }

        return pointer.ToString();
    }

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex Index();
}
