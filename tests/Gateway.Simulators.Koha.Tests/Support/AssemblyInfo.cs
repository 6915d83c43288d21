// WebApplicationFactory with minimal hosting intercepts host construction through a process-wide diagnostic
// listener: two factories starting at the same moment can pick up each other's settings. Start them one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
