package id.go.jakarta.deskpilkada.media;

import java.util.List;

/** What a drafter types: the title, the text and the ids of the issues the statement speaks to. */
public record StatementForm(String title, String text, List<Long> relatedIssueIds) {

    public StatementForm {
        relatedIssueIds = List.copyOf(relatedIssueIds);
    }
}
