"""Platform adapters: the contract in :mod:`govpub.platforms.base`, one module or package each.

Nothing here is imported by ``import govpub``; adapters load lazily through the
``govpub.platforms`` entry-point group.
"""
