package id.go.jakarta.deskpilkada.staff;

import id.go.jakarta.deskpilkada.staff.internal.Officer;
import id.go.jakarta.deskpilkada.staff.internal.OfficerRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Officers as other features need them for their own rules (duty roster, attendance, accounts).
 * It checks no permission: the calling service decides who may see what; views use
 * {@link StaffService}.
 */
@Service
@Transactional(readOnly = true)
public class OfficerLookup {

    private final OfficerRepository officers;

    OfficerLookup(OfficerRepository officers) {
        this.officers = officers;
    }

    public Optional<OfficerInfo> byId(long id) {
        return officers.findById(id).map(Officer::toInfo);
    }

    public List<OfficerInfo> byIds(Collection<Long> ids) {
        return officers.findAllById(ids).stream().map(Officer::toInfo).toList();
    }

    public Optional<OfficerInfo> byNip(String nip) {
        return officers.findByNip(nip).map(Officer::toInfo);
    }

    /** Every officer of a post, daily and reserve, active or not, by name. */
    public List<OfficerInfo> ofPost(long poskoId) {
        return officers.findByHomePoskoIdOrderByFullName(poskoId).stream()
                .map(Officer::toInfo)
                .toList();
    }

    /**
     * Locks an officer's row until the caller's transaction ends, so that two planners cannot put
     * him in two places at once (each sees the other's entry once he has the lock).
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public Optional<OfficerInfo> lockForDuty(long id) {
        return officers.lockById(id).map(Officer::toInfo);
    }

    /** Every officer, by post and name (the benchmark and the roster's cross-post checks). */
    public List<OfficerInfo> all() {
        return officers.findAll().stream().map(Officer::toInfo).toList();
    }
}
