// The Survey360Scoring module; see Package.swift for its place in the layers.
