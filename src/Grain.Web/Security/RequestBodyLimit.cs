namespace Grain.Web.Security;

/// <summary>
/// Caps every request body, announced or chunked: over the cap the answer is 413, whether the length is declared up
/// front or only found while reading.
/// </summary>
public static class RequestBodyLimit
{
    /// <summary>The largest page form body: far above any answer or code a page posts.</summary>
    public const long MaxFormBytes = 1024 * 1024;

    /// <summary>The largest API body; the submission API checks the code itself against its own 64 KB cap.</summary>
    public const long MaxApiBytes = 4 * Api.SubmissionApi.MaxBytes;

    /// <summary>Installs the cap: <see cref="MaxApiBytes"/> under <c>/api</c>, <see cref="MaxFormBytes"/> elsewhere.</summary>
    public static IApplicationBuilder UseRequestBodyLimit(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var limit = context.Request.Path.StartsWithSegments("/api") ? MaxApiBytes : MaxFormBytes;
        if (context.Request.ContentLength > limit)
        {
            await ErrorHandling.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, TooLarge(limit));
            return;
        }
        if (context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } server)
        {
            server.MaxRequestBodySize = limit;
        }
        context.Request.Body = new LimitedStream(context.Request.Body, limit);
        await next(context);
    });

    /// <summary>The message of a 413.</summary>
    public static string TooLarge(long limit) => $"The request body is larger than {limit / 1024} KB.";

    /// <summary>Reads the inner body and throws a 413 <see cref="BadHttpRequestException"/> past the limit.</summary>
    private sealed class LimitedStream(Stream inner, long limit) : Stream
    {
        private long _read;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Count(await inner.ReadAsync(buffer, cancellationToken));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        private int Count(int read)
        {
            _read += read;
            return _read > limit ? throw new BadHttpRequestException(TooLarge(limit), StatusCodes.Status413PayloadTooLarge) : read;
        }
    }
}
