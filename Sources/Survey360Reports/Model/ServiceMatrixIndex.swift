import Survey360Scoring

/// The service matrix's cells by serving and by customer department, built
/// once per campaign, so that each scorecard finds its row and column
/// without scanning the whole matrix: with 20,000 departments, scanning
/// made writing the scorecards grow with the square of the organisation.
struct ServiceMatrixIndex: Sendable {
    /// Positions in `cells`, in matrix order, by server's department index.
    let cellsByServer: [Int: [Int]]
    /// Positions in `cells`, in matrix order, by customer's department index.
    let cellsByCustomer: [Int: [Int]]
    /// Position in `columnTotals` by server.
    let columnTotalByServer: [Int: Int]
    /// Position in `rowTotals` by customer.
    let rowTotalByCustomer: [Int: Int]

    init(_ matrix: ServiceMatrix) {
        var byServer: [Int: [Int]] = [:]
        var byCustomer: [Int: [Int]] = [:]
        for (position, cell) in matrix.cells.enumerated() {
            guard let server = cell.server, let customer = cell.customer else { continue }
            byServer[server, default: []].append(position)
            byCustomer[customer, default: []].append(position)
        }
        cellsByServer = byServer
        cellsByCustomer = byCustomer
        var columns: [Int: Int] = [:]
        for (position, cell) in matrix.columnTotals.enumerated() {
            if let server = cell.server, columns[server] == nil { columns[server] = position }
        }
        columnTotalByServer = columns
        var rows: [Int: Int] = [:]
        for (position, cell) in matrix.rowTotals.enumerated() {
            if let customer = cell.customer, rows[customer] == nil { rows[customer] = position }
        }
        rowTotalByCustomer = rows
    }
}
