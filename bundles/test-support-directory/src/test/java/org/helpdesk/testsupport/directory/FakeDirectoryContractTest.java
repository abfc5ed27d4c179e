package org.helpdesk.testsupport.directory;

/** The fake passes the directory's contract. */
class FakeDirectoryContractTest extends DirectoryContract {

    @Override
    protected Directories emptyDirectory() {
        FakeDirectory directory = new FakeDirectory();
        return new Directories(directory.customers(), directory.users());
    }
}
