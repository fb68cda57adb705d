namespace Spot.LocalCloud.Ec2;

/// <summary>Handles one EC2 action: reads its parameters and writes the body of its response.</summary>
public delegate void Ec2Action(QueryParameters query, Ec2XmlWriter xml);

/// <summary>A group of related actions (one file each) that registers itself.</summary>
public interface IEc2ActionFamily
{
    void Register(Ec2Actions actions);
}

/// <summary>The actions LocalCloud's EC2 understands, by name.</summary>
public sealed class Ec2Actions
{
    private readonly Dictionary<string, Ec2Action> _actions = new(StringComparer.Ordinal);

    public Ec2Actions(IEnumerable<IEc2ActionFamily> families)
    {
        foreach (var family in families)
        {
            family.Register(this);
        }
    }

    public IReadOnlyCollection<string> Names => _actions.Keys;

    public void Add(string name, Ec2Action action) => _actions.Add(name, action);

    public Ec2Action? Find(string name) => _actions.GetValueOrDefault(name);
}
