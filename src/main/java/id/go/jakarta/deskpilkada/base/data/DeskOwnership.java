package id.go.jakarta.deskpilkada.base.data;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.partition.Partition;
import org.springframework.stereotype.Component;

/**
 * Which node of the cluster does a desk's periodic work: the owner of the Hazelcast partition of the
 * desk's id. The system's rounds (watches, roll-up counts) of a desk then run on one node, and their
 * cost is spread over the cluster instead of repeated on every node. A partition that is migrating
 * has no owner for a moment: every node then takes it, as a work that is safe to do twice (each
 * watch decides under a row lock).
 */
@Component
public class DeskOwnership {

    private final HazelcastInstance hazelcast;

    DeskOwnership(HazelcastInstance hazelcast) {
        this.hazelcast = hazelcast;
    }

    /** Whether this node does the desk's rounds now. */
    public boolean ownsHere(long deskId) {
        Partition partition = hazelcast.getPartitionService().getPartition(deskId);
        return partition.getOwner() == null || partition.getOwner().localMember();
    }
}
