// The Survey360Reports module; see Package.swift for its place in the layers.
