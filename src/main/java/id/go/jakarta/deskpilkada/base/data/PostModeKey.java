package id.go.jakarta.deskpilkada.base.data;

import java.io.Serializable;

/**
 * The {@code @IdClass} of state kept once per post and mode (real or exercise): entities using it
 * have {@code @Id long poskoId} and {@code @Id boolean exercise}.
 */
public class PostModeKey implements Serializable {

    private long poskoId;
    private boolean exercise;

    protected PostModeKey() {}

    @Override
    public boolean equals(Object o) {
        return o instanceof PostModeKey k && k.poskoId == poskoId && k.exercise == exercise;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(poskoId) * 31 + Boolean.hashCode(exercise);
    }
}
