import Survey360Core

extension MemoryStore: CredentialStore {
    public func storeCredential(_ credential: ManagerCredential) {
        credentialsByPerson[credential.personID] = credential
    }

    public func credential(for person: PersonID) -> ManagerCredential? {
        credentialsByPerson[person]
    }

    public func revokeCredential(for person: PersonID) {
        credentialsByPerson[person] = nil
    }
}
