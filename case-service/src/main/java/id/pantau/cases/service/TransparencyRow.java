package id.pantau.cases.service;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One platform's month: notices issued, actioned, contested and cases escalated in that month (UTC), and
 * the median hours from notice to action over the notices actioned in it (null when none).
 */
@JsonPropertyOrder({"month", "platform", "noticesSent", "actioned", "contested", "escalated", "medianHoursToAction"})
public record TransparencyRow(String month, String platform, long noticesSent, long actioned, long contested,
        long escalated, Double medianHoursToAction) {
}
