using CargomanStandIn.Api;

namespace CargomanStandIn.Pipeline;

/// <summary>
/// Rejects /api requests without a configured bearer token (401, flat body) and writes by the viewer
/// token (403 FORBIDDEN, enveloped). Stores the caller's role in <see cref="HttpContext.Items"/> for the call log.
/// </summary>
internal sealed class AuthMiddleware(RequestDelegate next, TokenVerifier verifier, ILogger<AuthMiddleware> logger)
{
    public static readonly object CallerRoleKey = new();

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var role = verifier.Identify(request.Headers.Authorization);
        context.Items[CallerRoleKey] = role;

        if (role is CallerRole.Missing or CallerRole.Invalid)
        {
            Log.RequestUnauthorized(logger, request.Method, request.Path, role);
            context.Response.Headers.WWWAuthenticate = "Bearer";
            var message = role == CallerRole.Missing
                ? "Missing bearer token. Send the header 'Authorization: Bearer <token>'."
                : "Invalid bearer token. Check the admin or viewer token configured for this server.";
            await ApiResponses.Unauthorized(message).ExecuteAsync(context);
            return;
        }

        if (role == CallerRole.Viewer && !IsRead(request.Method))
        {
            Log.RequestForbidden(logger, request.Method, request.Path);
            await ApiResponses.Error(ApiFailure.Forbidden("Viewer tokens can only read. Use an admin token to make changes.")).ExecuteAsync(context);
            return;
        }

        await next(context);
    }

    private static bool IsRead(string method) => HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method);
}
