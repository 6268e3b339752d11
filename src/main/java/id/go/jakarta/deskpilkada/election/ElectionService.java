package id.go.jakarta.deskpilkada.election;

import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import id.go.jakarta.deskpilkada.base.security.Role;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Elections and their stage calendars. */
@Service
@Transactional(readOnly = true)
public class ElectionService {

    private final ElectionRepository repository;

    ElectionService(ElectionRepository repository) {
        this.repository = repository;
    }

    /** The election the posts are working on now, if one is marked active. */
    public Optional<ElectionInfo> active() {
        return repository.findByActiveTrueOrderByIdDesc().stream().findFirst().map(Election::toInfo);
    }

    public List<ElectionInfo> all() {
        return repository.findAllByOrderByIdDesc().stream().map(Election::toInfo).toList();
    }

    public boolean exists(String code) {
        return repository.existsByCode(code);
    }

    /** A new election with its stages; stages must be in date order and each must end on or after it starts. */
    @Transactional
    public ElectionInfo create(NewElection request) {
        if (!CurrentActor.require().is(Role.ADMIN)) {
            throw DeskException.forbidden("election.forbidden");
        }
        if (repository.existsByCode(request.code())) {
            throw DeskException.conflict("election.code.taken", request.code());
        }
        Election election = new Election(request.code(), request.name(), request.regionCode(), request.exercise());
        LocalDate previousStart = LocalDate.MIN;
        for (StageInfo stage : request.stages()) {
            if (stage.endsOn().isBefore(stage.startsOn()) || stage.startsOn().isBefore(previousStart)) {
                throw DeskException.invalid("election.stage.order", stage.name());
            }
            previousStart = stage.startsOn();
            election.addStage(stage.name(), stage.startsOn(), stage.endsOn(), stage.votingDay());
        }
        if (request.activate()) {
            repository.findAll().forEach(Election::deactivate);
            election.activate();
        }
        return repository.save(election).toInfo();
    }

    /** What is needed to create an election. */
    public record NewElection(String code, String name, String regionCode, boolean exercise, boolean activate,
                              List<StageInfo> stages) {
    }
}
