using System.Globalization;
using System.Text;
using System.Xml;

namespace Spot.LocalCloud.Ec2;

/// <summary>Writes EC2's XML: lowerCamel elements, lists as &lt;name&gt;&lt;item&gt;...&lt;/item&gt;&lt;/name&gt;, ISO times in UTC.</summary>
public sealed class Ec2XmlWriter : IDisposable
{
    public const string Namespace = "http://ec2.amazonaws.com/doc/2016-11-15/";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    // UTF-8 straight into pooled chunks: the response is sent from them as written, with no string in between.
    private readonly PooledBufferStream _buffer = new();
    private readonly XmlWriter _xml;

    public Ec2XmlWriter()
    {
        _xml = XmlWriter.Create(_buffer, new XmlWriterSettings { OmitXmlDeclaration = true, Encoding = Utf8 });
    }

    /// <summary>The UTF-8 length of what is written so far.</summary>
    public long Utf8Length
    {
        get
        {
            _xml.Flush();
            return _buffer.Length;
        }
    }

    /// <summary>Sends the UTF-8 XML written so far to <paramref name="destination"/>.</summary>
    public Task SendToAsync(Stream destination, CancellationToken cancellationToken)
    {
        _xml.Flush();
        return _buffer.SendToAsync(destination, cancellationToken);
    }

    public void Start(string name, string? ns = null)
    {
        if (ns is null)
        {
            _xml.WriteStartElement(name);
        }
        else
        {
            _xml.WriteStartElement(name, ns);
        }
    }

    public void End() => _xml.WriteEndElement();

    public void Value(string name, string? value)
    {
        if (value is not null)
        {
            _xml.WriteElementString(name, value);
        }
    }

    public void Value(string name, int value) => Value(name, value.ToString(CultureInfo.InvariantCulture));

    public void Value(string name, long value) => Value(name, value.ToString(CultureInfo.InvariantCulture));

    public void Value(string name, bool value) => Value(name, value ? "true" : "false");

    public void Value(string name, DateTimeOffset value) =>
        Value(name, value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));

    public void Price(string name, decimal value) => Value(name, Ec2Errors.Format(value));

    public void Object(string name, Action body)
    {
        Start(name);
        body();
        End();
    }

    public void List<T>(string name, IEnumerable<T> items, Action<T> item)
    {
        Start(name);
        foreach (var each in items)
        {
            Start("item");
            item(each);
            End();
        }

        End();
    }

    public void Strings(string name, IEnumerable<string> values) => List(name, values, v => _xml.WriteString(v));

    public void Tags(IReadOnlyDictionary<string, string> tags) =>
        List("tagSet", tags.OrderBy(t => t.Key, StringComparer.Ordinal), t =>
        {
            Value("key", t.Key);
            Value("value", t.Value);
        });

    public override string ToString()
    {
        _xml.Flush();
        return _buffer.ToUtf8String();
    }

    public void Dispose()
    {
        _xml.Dispose();
        _buffer.Dispose();
    }
}
