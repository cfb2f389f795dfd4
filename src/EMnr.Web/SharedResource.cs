namespace EMnr.Web;

/// <summary>Marker type of the shared UI strings in Resources/SharedResource.{fr,ar,en}.resx.</summary>
public sealed class SharedResource
{
}
