package id.pantau.classifier.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.pantau.commons.problem.Problem;

/** Item {@code index} of a batch: its status (200, 400 or 413) with either its decision or its problem. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BatchItem(int index, int status, ClassifyResponse result, Problem problem) {

    static BatchItem classified(int index, ClassifyResponse result) {
        return new BatchItem(index, 200, result, null);
    }

    static BatchItem failed(int index, Problem problem) {
        return new BatchItem(index, problem.status(), null, problem);
    }
}
