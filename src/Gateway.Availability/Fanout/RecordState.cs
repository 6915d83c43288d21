using Gateway.Availability.Caching;

namespace Gateway.Availability.Fanout;

/// <summary>What a request knows of one system's record: the cached or live record (null when nothing) and where it came from.</summary>
internal sealed record RecordState(CachedRecord? Record, AnswerSource Source);
