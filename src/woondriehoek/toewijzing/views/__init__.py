from .monitor import aanleveren, monitor_view
from .streefhuur import streefhuur

__all__ = ["aanleveren", "monitor_view", "streefhuur"]
