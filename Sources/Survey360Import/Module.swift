// The Survey360Import module; see Package.swift for its place in the layers.
