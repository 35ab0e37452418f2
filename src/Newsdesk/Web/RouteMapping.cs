using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Newsdesk.Web;

/// <summary>Public pages answer GET and HEAD; every other method on them is refused (405) by the fallback.</summary>
internal static class RouteMapping
{
    private static readonly string[] ReadMethods = [HttpMethods.Get, HttpMethods.Head];

    public static void MapRead(this IEndpointRouteBuilder routes, string pattern, RequestDelegate handler) =>
        routes.MapMethods(pattern, ReadMethods, handler);
}
