namespace AllianceCompliance.Files;

/// <summary>Reads a stream whole, but never more than a limit: a stream that cannot tell its length (a pipe, standard input) is read no further than one chunk past it.</summary>
internal static class BoundedRead
{
    /// <summary>The stream's bytes (from its position) in a buffer of that length, or null when there are more than <paramref name="max"/>.</summary>
    public static MemoryStream? All(Stream stream, long max)
    {
        if (stream.CanSeek && stream.Length - stream.Position > max)
        {
            return null;
        }

        // A file's length is known: read it into one buffer of that size, not a series of doubling ones.
        var buffer = new MemoryStream(stream.CanSeek ? (int)Math.Clamp(stream.Length - stream.Position, 0, Array.MaxLength) : 0);
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > max)
            {
                buffer.Dispose();
                return null;
            }
        }

        return buffer;
    }
}
