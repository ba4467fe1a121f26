// One browser and one application at a time: on the two cores CI has, parallel journeys only slow each other
// down until their timeouts fire.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
