from .planmonitor import importeren, planmonitor_view
from .projecten import project_bewerken, project_nieuw

__all__ = ["importeren", "planmonitor_view", "project_bewerken", "project_nieuw"]
