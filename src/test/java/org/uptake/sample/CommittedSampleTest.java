package org.uptake.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uptake.model.Progress;

/** The sample committed under sample-workspaces/ is exactly what the generator writes today. */
class CommittedSampleTest {

    static final Path COMMITTED = Path.of("sample-workspaces", "dashboard-customization");

    @Test
    void theCommittedSampleIsTheGeneratorsDefaultOutput(@TempDir Path temp) throws IOException {
        new SampleGenerator(new SampleOptions(SampleOptions.DEFAULT_USERS, SampleOptions.DEFAULT_DAYS,
                SampleOptions.DEFAULT_SEED, true)).writeTo(temp, Progress.NONE);
        List<Path> fresh = files(temp);
        List<Path> committed = files(COMMITTED).stream().filter(p -> !p.getFileName().toString().equals("README.md")).toList();
        assertEquals(fresh.stream().map(p -> temp.relativize(p).toString()).toList(),
                committed.stream().map(p -> COMMITTED.relativize(p).toString()).toList(),
                "regenerate with: java -jar target/uptake.jar sample sample-workspaces/dashboard-customization --gzip");
        for (Path file : fresh) {
            assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(COMMITTED.resolve(temp.relativize(file))),
                    temp.relativize(file) + " differs; regenerate the committed sample");
        }
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
