// The Survey360SQLite module; see Package.swift for its place in the layers.
