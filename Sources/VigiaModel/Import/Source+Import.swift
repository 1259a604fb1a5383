/// A source described on the command line when an import cites one the data set lacks.
extension Source {
    public init(id: String, title: String, publisher: String, url: String, date: PartialDate) {
        self.init(id: id, title: title, publisher: publisher, urls: [url], date: date, dateNote: nil, location: nil, caveat: nil)
    }
}
