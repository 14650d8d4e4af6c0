// One app and one Chromium at a time: a second collection (with its own app, e.g. the live media one) would otherwise run
// beside the first on a two-core machine, and both would slow into their timeouts.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
