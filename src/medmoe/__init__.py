"""medmoe: on-premises sparse Mixture-of-Experts models for Russian and English clinical text.

Everything runs offline. See docs/ARCHITECTURE.md for the map of the package.
"""

__version__ = "0.1.0"
