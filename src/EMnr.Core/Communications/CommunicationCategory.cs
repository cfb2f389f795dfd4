namespace EMnr.Core.Communications;

/// <summary>What the communication turned out to be about.</summary>
public enum CommunicationCategory
{
    SuspectedTrafficking,
    OtherOffenceRedirected,
    InformationRequest,
    SilentOrAbusive,
    Other,
}
