"""esda (PySAL) as a test-only oracle for the hotspot core: same binary weights, star=True."""

import warnings

import numpy as np


def esda_g_local(values, weights, permutations=0, seed=None):
    """esda.G_Local over our CSR weights (the diagonal is already 1: star=True keeps it)."""
    import esda
    from libpysal.weights import W

    neighbours = {
        i: [int(j) for j in weights.indices[weights.indptr[i] : weights.indptr[i + 1]]]
        for i in range(weights.n)
    }
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        w = W(neighbours, silence_warnings=True)
        return esda.G_Local(
            np.asarray(values, dtype=float),
            w,
            transform="B",
            star=True,
            permutations=permutations,
            keep_simulations=False,
            n_jobs=1,
            seed=seed,
        )
