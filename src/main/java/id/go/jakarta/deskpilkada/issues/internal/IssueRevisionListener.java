package id.go.jakarta.deskpilkada.issues.internal;

import id.go.jakarta.deskpilkada.base.security.Actor;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import org.hibernate.envers.RevisionListener;

/** Stamps every revision with the account (or device, or the system) that made the change. */
class IssueRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revision) {
        ((IssueRevision) revision)
                .setUsername(CurrentActor.find().map(Actor::username).orElse("system"));
    }
}
