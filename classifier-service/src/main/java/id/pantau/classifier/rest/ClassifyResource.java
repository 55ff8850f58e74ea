package id.pantau.classifier.rest;

import id.pantau.classifier.config.ClassifierConfig;
import id.pantau.classifier.domain.Decision;
import id.pantau.classifier.service.ClassificationService;
import id.pantau.commons.problem.Problem;
import id.pantau.commons.problem.ProblemException;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;

@Path("/api/v1/classify")
public class ClassifyResource {

    private final ClassificationService classifications;
    private final int maxText;
    private final int maxBatch;

    public ClassifyResource(ClassificationService classifications, ClassifierConfig config) {
        this.classifications = classifications;
        this.maxText = config.maxTextLength();
        this.maxBatch = config.maxBatchSize();
    }

    /** Pre-screens a text: verdict and explanation, nothing stored, no event. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"analyst", "reviewer", "supervisor", "platform", "ingestor"})
    // Matching is pure in-memory work of microseconds: no reason to hop to a worker thread.
    @NonBlocking
    public ClassifyResponse classify(@Valid @NotNull ClassifyRequest request) {
        if (request.text().length() > maxText) {
            throw tooLong("text has " + request.text().length() + " characters");
        }
        return ClassifyResponse.of(classifications.preScreen(request.text()));
    }

    /**
     * Pre-screens up to {@code max-batch-size} texts in one call, all with the same rule-set version. A bad item
     * (null, blank or too long text) gets its own 400/413 result; the others are classified.
     */
    @POST
    @Path("/batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"platform", "analyst", "ingestor"})
    // Worst case 1,000 texts of 64 KB: milliseconds of CPU per text, too long for the event loop.
    public BatchResponse batch(@NotNull List<ClassifyRequest> items) {
        if (items.isEmpty()) {
            throw ProblemException.badRequest("The batch is empty: send 1 to " + maxBatch + " items");
        }
        if (items.size() > maxBatch) {
            throw new ProblemException(413, "Content Too Large",
                    "A batch may carry at most " + maxBatch + " items; this one has " + items.size());
        }
        List<String> texts = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        BatchItem[] results = new BatchItem[items.size()];
        for (int i = 0; i < items.size(); i++) {
            ClassifyRequest item = items.get(i);
            if (item == null || item.text() == null || item.text().isBlank()) {
                results[i] = BatchItem.failed(i, Problem.of(400, "Bad Request", "text must not be blank"));
            } else if (item.text().length() > maxText) {
                results[i] = BatchItem.failed(i, Problem.of(413, "Content Too Large", tooLong("text has "
                        + item.text().length() + " characters").getMessage()));
            } else {
                texts.add(item.text());
                positions.add(i);
            }
        }
        List<Decision> decisions = classifications.preScreen(texts);
        for (int k = 0; k < decisions.size(); k++) {
            results[positions.get(k)] = BatchItem.classified(positions.get(k), ClassifyResponse.of(decisions.get(k)));
        }
        return new BatchResponse(decisions.size(), items.size() - decisions.size(), List.of(results));
    }

    private ProblemException tooLong(String what) {
        return new ProblemException(413, "Content Too Large",
                "A text may have at most " + maxText + " characters (UTF-16 code units); this " + what);
    }
}
