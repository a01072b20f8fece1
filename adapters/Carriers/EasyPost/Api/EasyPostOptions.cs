namespace Returns.Adapters.Carriers.EasyPost.Api;

/// <summary>Shipment options; only the label file format is set ("PDF": the app stores and shows PDFs).</summary>
public sealed record EasyPostOptions(string LabelFormat);
