namespace EMnr.Web.Pages.Communications;

/// <summary>Model of the shared form fields partial.</summary>
public sealed record CommunicationFormView(CommunicationForm Form, CommunicationFormOptions Options);
