package vn.r57.local.run;

import java.nio.file.Path;

/** A data folder from a runner that kept its data in DynamoDB Local: left as it is, with what to do instead. */
public final class OldDataFolderException extends IllegalStateException {

    OldDataFolderException(Path folder, Path oldDatabase) {
        super(folder + " was made by an earlier version of the local portal, which kept submissions and keys in DynamoDB Local ("
                + oldDatabase + "); this version keeps them in SQLite and cannot read that file. Nothing in the folder was changed."
                + " Move it aside (mv " + folder + " " + folder + ".old) and start again for a new folder with the demonstration data,"
                + " or start with --data DIR to use another folder. Figures you submitted yourself can be sent again through the API"
                + " from your own copies; the old folder keeps them until you delete it.");
    }
}
