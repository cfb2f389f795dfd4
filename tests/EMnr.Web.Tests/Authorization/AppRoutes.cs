using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EMnr.Web.Tests.Authorization;

/// <summary>
/// Lists the application's routes as matrix keys: <c>METHOD /pattern</c> for minimal API
/// endpoints, and <c>METHOD /page-route</c> plus <c>?handler=Name</c> for each handler of a
/// Razor Page. An endpoint that accepts any method is listed as <c>ANY</c>.
/// </summary>
internal static class AppRoutes
{
    public static async Task<IReadOnlyList<string>> ListAsync(IServiceProvider services)
    {
        var source = services.GetRequiredService<EndpointDataSource>();
        var loader = services.GetRequiredService<PageLoader>();
        var keys = new SortedSet<string>(StringComparer.Ordinal);

        // Index pages have two routes ("Reports" and "Reports/Index"); the shortest one is the key.
        var pages = new Dictionary<string, (string Route, PageActionDescriptor Descriptor, EndpointMetadataCollection Metadata)>();
        foreach (var endpoint in source.Endpoints.OfType<RouteEndpoint>())
        {
            var route = Normalize(endpoint.RoutePattern.RawText ?? "");
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                if (!pages.TryGetValue(page.ViewEnginePath, out var known) || route.Length < known.Route.Length)
                {
                    pages[page.ViewEnginePath] = (route, page, endpoint.Metadata);
                }

                continue;
            }

            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [];
            foreach (var method in methods.Count == 0 ? ["ANY"] : methods)
            {
                keys.Add($"{method} {route}");
            }
        }

        foreach (var (route, descriptor, metadata) in pages.Values)
        {
            var compiled = descriptor as CompiledPageActionDescriptor ?? await loader.LoadAsync(descriptor, metadata);
            if (compiled.HandlerMethods.Count == 0)
            {
                keys.Add($"GET {route}");
            }

            foreach (var handler in compiled.HandlerMethods)
            {
                var name = handler.Name is null ? "" : $"?handler={handler.Name}";
                keys.Add($"{handler.HttpMethod.ToUpperInvariant()} {route}{name}");
            }
        }

        return keys.ToList();
    }

    private static string Normalize(string raw)
    {
        var route = "/" + raw.Trim('/');
        return route;
    }
}
