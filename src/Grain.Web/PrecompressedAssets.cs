using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;

namespace Grain.Web;

/// <summary>
/// Serves the bundle's precompressed copies (<c>client/build.mjs</c> writes <c>.br</c> and <c>.gz</c> beside every
/// script and stylesheet): a request that accepts Brotli or gzip gets the compressed file with its Content-Encoding and
/// the original Content-Type; others get the plain file. Nothing is compressed per request.
/// </summary>
public static class PrecompressedAssets
{
    private static readonly (string Encoding, string Suffix)[] Encodings = [("br", ".br"), ("gzip", ".gz")];
    private static readonly FileExtensionContentTypeProvider Types = new();

    /// <summary>Static files from the web root, <c>/dist</c> precompressed where the client accepts it.</summary>
    public static IApplicationBuilder UseGrainStaticFiles(this WebApplication app)
    {
        var files = app.Environment.WebRootFileProvider;
        app.Use((context, next) =>
        {
            var path = context.Request.Path;
            if ((HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
                && path.StartsWithSegments("/dist") && Types.TryGetContentType(path.Value!, out _))
            {
                context.Response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptEncoding);
                var accepted = context.Request.GetTypedHeaders().AcceptEncoding;
                foreach (var (encoding, suffix) in Encodings)
                {
                    if (accepted.Any(a => a.Quality is not 0 && string.Equals(a.Value.Value, encoding, StringComparison.OrdinalIgnoreCase))
                        && files.GetFileInfo(path.Value + suffix).Exists)
                    {
                        context.Request.Path = path.Value + suffix;
                        context.Response.Headers.ContentEncoding = encoding;
                        break;
                    }
                }
            }
            return next(context);
        });
        return app.UseStaticFiles(new StaticFileOptions
        {
            ContentTypeProvider = new CompressedTypes(),
            OnPrepareResponse = ctx => ctx.Context.Response.Headers.CacheControl = "public, max-age=31536000, immutable",
        });
    }

    // A compressed copy has the type of the file it compresses (app.js.br is JavaScript).
    private sealed class CompressedTypes : IContentTypeProvider
    {
        public bool TryGetContentType(string subpath, out string contentType)
        {
            foreach (var (_, suffix) in Encodings)
            {
                if (subpath.EndsWith(suffix, StringComparison.Ordinal))
                {
                    subpath = subpath[..^suffix.Length];
                    break;
                }
            }
            return Types.TryGetContentType(subpath, out contentType!);
        }
    }
}
