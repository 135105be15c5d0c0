using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Rememberizer.Contract.MockServer.Http.Errors;

namespace Rememberizer.Contract.MockServer.Api.Pagination;

/// <summary>
/// DRF page-number pagination: absolute <c>next</c>/<c>previous</c> links on the host the request came to, keeping
/// every other query parameter, and 404 <c>{"detail": "Invalid page."}</c> past the last page.
/// </summary>
public static class Paginator
{
    public const string InvalidPageText = "Invalid page.";

    public static ObjectResult InvalidPage() => DrfErrors.Detail(StatusCodes.Status404NotFound, InvalidPageText);

    public static Uri? Next(HttpRequest request, PageRequest page, int count) =>
        (long)page.Page * page.Size < count ? Link(request, page.Page + 1) : null;

    public static Uri? Previous(HttpRequest request, PageRequest page) =>
        page.Page > 1 ? Link(request, page.Page - 1) : null;

    /// <summary>The request's URL with <c>page</c> set; DRF drops it altogether for page 1.</summary>
    private static Uri Link(HttpRequest request, int page)
    {
        var url = new StringBuilder().Append(request.Scheme).Append("://").Append(request.Host.ToUriComponent())
            .Append(request.PathBase.ToUriComponent()).Append(request.Path.ToUriComponent());
        var separator = '?';
        if (page > 1)
        {
            url.Append(separator).Append("page=").Append(page.ToString(CultureInfo.InvariantCulture));
            separator = '&';
        }

        foreach (var (key, values) in request.Query)
        {
            if (key == "page")
            {
                continue;
            }

            foreach (var value in values)
            {
                url.Append(separator).Append(Uri.EscapeDataString(key)).Append('=').Append(Uri.EscapeDataString(value ?? ""));
                separator = '&';
            }
        }

        return new Uri(url.ToString());
    }
}

/// <summary>A 1-based page number and page size, already checked against the spec's bounds by the validator.</summary>
public readonly record struct PageRequest(int Page, int Size)
{
    public const int DefaultSize = 10;

    public static PageRequest From(int? page, int? size) => new(Math.Max(1, page ?? 1), Math.Max(1, size ?? DefaultSize));

    /// <summary>Index of the first item; saturates rather than overflowing for absurd page numbers.</summary>
    public int Offset => (int)Math.Min(int.MaxValue, ((long)Page - 1) * Size);

    /// <summary>DRF's rule: page 1 always exists (even when empty), any other page only when it has items.</summary>
    public bool ExistsFor(int count) => Page == 1 || Offset < count;
}
