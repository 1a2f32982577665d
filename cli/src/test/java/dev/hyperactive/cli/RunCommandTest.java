package dev.hyperactive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hyperactive.cli.CliRunner.Execution;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code run} sub-command with the real engine and the optimizers on the module path. */
class RunCommandTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final List<String> SUMMARY_FIELDS = List.of("objective", "optimizer", "n_iter", "n_jobs",
            "seed", "best_score", "best_parameters", "best_job", "best_iteration", "n_evaluations",
            "eval_seconds", "total_seconds", "jobs");

    private static final List<String> JOB_FIELDS = List.of("job", "seed", "best_score", "best_parameters",
            "best_iteration", "n_evaluations", "eval_seconds", "total_seconds");

    @TempDir
    Path folder;

    private Execution run(String... args) {
        return CliRunner.withStudies(folder, new TestStudies.Mixed(), new TestStudies.Failing()).execute(args);
    }

    private static JsonNode parseOneLine(Execution execution) throws Exception {
        assertEquals(0, execution.exitCode(), execution.err());
        assertEquals(1, execution.out().lines().count(), execution.out());
        assertTrue(execution.out().endsWith(System.lineSeparator()));
        return MAPPER.readTree(execution.out());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void jsonSummaryShape() throws Exception {
        JsonNode summary = parseOneLine(run("run", "--problem", "sphere", "--dims", "2", "--steps", "21",
                "--optimizer", "hill_climbing", "--n-iter", "30", "--seed", "1", "--json"));

        assertEquals(SUMMARY_FIELDS, fieldNames(summary));
        assertEquals("sphere", summary.get("objective").asText());
        assertEquals("hill_climbing", summary.get("optimizer").asText());
        assertEquals(30, summary.get("n_iter").asInt());
        assertEquals(1, summary.get("n_jobs").asInt());
        assertEquals(1, summary.get("seed").asLong());
        assertTrue(summary.get("best_score").isDouble(), summary.toString());
        assertTrue(summary.get("best_score").asDouble() <= 0, summary.toString());
        assertEquals(List.of("x0", "x1"), fieldNames(summary.get("best_parameters")));
        assertTrue(summary.get("best_parameters").get("x0").isNumber(), summary.toString());
        assertEquals(0, summary.get("best_job").asInt());
        int bestIteration = summary.get("best_iteration").asInt();
        assertTrue(bestIteration >= 0, summary.toString());
        assertTrue(bestIteration < 30, summary.toString());
        int evaluations = summary.get("n_evaluations").asInt();
        assertTrue(evaluations >= 1, summary.toString());
        assertTrue(evaluations <= 30, summary.toString());
        assertTrue(summary.get("eval_seconds").asDouble() >= 0);
        assertTrue(summary.get("total_seconds").asDouble() >= 0);

        JsonNode jobs = summary.get("jobs");
        assertEquals(1, jobs.size());
        JsonNode job = jobs.get(0);
        assertEquals(JOB_FIELDS, fieldNames(job));
        assertEquals(0, job.get("job").asInt());
        assertEquals(1, job.get("seed").asLong());
        assertEquals(summary.get("best_score"), job.get("best_score"));
        assertEquals(summary.get("best_parameters"), job.get("best_parameters"));
        assertEquals(bestIteration, job.get("best_iteration").asInt());
        assertEquals(evaluations, job.get("n_evaluations").asInt());
    }

    @Test
    void sameSeedSameSummary() throws Exception {
        String[] args = {"run", "--problem", "ackley", "--dims", "3", "--optimizer", "hill_climbing",
            "--n-iter", "40", "--seed", "7", "--json"};
        JsonNode first = parseOneLine(run(args));
        JsonNode second = parseOneLine(run(args));

        assertEquals(withoutTimes(first), withoutTimes(second));
    }

    @Test
    void differentSeedsDifferentRuns() throws Exception {
        JsonNode first = parseOneLine(run("run", "--problem", "rastrigin", "--n-iter", "20", "--seed", "1", "--json"));
        JsonNode second = parseOneLine(run("run", "--problem", "rastrigin", "--n-iter", "20", "--seed", "2", "--json"));

        assertNotEquals(withoutTimes(first), withoutTimes(second));
    }

    private static JsonNode withoutTimes(JsonNode summary) {
        ObjectNode copy = summary.deepCopy();
        copy.remove(List.of("eval_seconds", "total_seconds"));
        for (JsonNode job : copy.get("jobs")) {
            ((ObjectNode) job).remove(List.of("eval_seconds", "total_seconds"));
        }
        return copy;
    }

    @Test
    void drawnSeedIsReported() throws Exception {
        JsonNode summary = parseOneLine(run("run", "--problem", "sphere", "--n-iter", "5", "--json"));

        assertEquals("random_search", summary.get("optimizer").asText());
        assertEquals(summary.get("jobs").get(0).get("seed"), summary.get("seed"));
    }

    @Test
    void severalJobs() throws Exception {
        JsonNode summary = parseOneLine(run("run", "--problem", "sphere", "--n-iter", "10", "--jobs", "2",
                "--seed", "3", "--json"));

        assertEquals(2, summary.get("n_jobs").asInt());
        JsonNode jobs = summary.get("jobs");
        assertEquals(2, jobs.size());
        assertEquals(0, jobs.get(0).get("job").asInt());
        assertEquals(1, jobs.get(1).get("job").asInt());
        assertEquals(3, jobs.get(0).get("seed").asLong());
        assertNotEquals(3, jobs.get(1).get("seed").asLong());
        assertNotEquals(4, jobs.get(1).get("seed").asLong());
        int best = summary.get("best_job").asInt();
        assertEquals(jobs.get(best).get("best_score"), summary.get("best_score"));
    }

    @Test
    void studyValuesKeepTheirTypes() throws Exception {
        JsonNode summary = parseOneLine(run("run", "--study", "mixed", "--seed", "5", "--json"));

        assertEquals("mixed", summary.get("objective").asText());
        assertEquals("grid_search", summary.get("optimizer").asText());
        assertEquals(40, summary.get("n_iter").asInt());
        JsonNode best = summary.get("best_parameters");
        assertEquals(List.of("n", "mode", "kernel"), fieldNames(best));
        assertTrue(best.get("n").isIntegralNumber(), best.toString());
        assertEquals(7, best.get("n").asInt());
        assertTrue(best.get("mode").isTextual(), best.toString());
        assertEquals("fast", best.get("mode").asText());
        assertEquals("wide", best.get("kernel").asText());
        assertEquals(3.0, summary.get("best_score").asDouble());
    }

    @Test
    void searchDataWithJson() throws Exception {
        Path file = folder.resolve("sphere.csv");
        Execution execution = run("run", "--problem", "sphere", "--n-iter", "12", "--seed", "2",
                "--search-data", file.toString(), "--json");

        parseOneLine(execution);
        List<String> lines = Files.readAllLines(file);
        assertEquals(13, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(0).startsWith("x0,x1,score"), lines.get(0));
        assertTrue(execution.err().contains("Search data: 12 rows written to " + file), execution.err());
    }

    @Test
    void searchDataUsesLabels() throws Exception {
        Path file = folder.resolve("mixed.jsonl");
        parseOneLine(run("run", "--study", "mixed", "--n-iter", "5", "--seed", "2",
                "--search-data", file.toString(), "--json"));

        List<String> lines = Files.readAllLines(file);
        assertEquals(5, lines.size());
        for (String line : lines) {
            String kernel = MAPPER.readTree(line).get("kernel").asText();
            assertTrue(kernel.equals("narrow") || kernel.equals("wide"), line);
        }
    }

    @Test
    void resultsBlockWithoutJson() {
        Execution execution = run("run", "--problem", "sphere", "--n-iter", "5", "--seed", "2");

        assertEquals(0, execution.exitCode(), execution.err());
        assertTrue(execution.out().contains("sphere"), execution.out());
        assertFalse(execution.out().trim().startsWith("{"), execution.out());
    }

    @Test
    void failingObjective() {
        Execution execution = run("run", "--study", "failing", "--n-iter", "3", "--json");

        assertEquals(1, execution.exitCode(), execution.err());
        assertEquals("", execution.out());
        assertTrue(execution.err().startsWith("error: the search failed: "), execution.err());
        assertTrue(execution.err().contains("model training diverged"), execution.err());
        assertFalse(execution.err().contains("\tat "), execution.err());
    }
}
